package io.keelson.client.api;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusCause;
import java.util.List;

/**
 * A failure the API server reported, with its {@code Status} (code, reason, message, details and
 * causes). {@link #of(Status)} picks the subclass by reason, so callers catch what they handle:
 * {@link NotFoundException}, {@link AlreadyExistsException}, {@link ConflictException},
 * {@link InvalidException}, {@link GoneException}, {@link BadRequestException},
 * {@link UnauthorizedException}, {@link ForbiddenException}; transport failures are
 * {@link ConnectionException}.
 */
public class KubeException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Status status;

    public KubeException(Status status) {
        this(status, null);
    }

    public KubeException(Status status, Throwable cause) {
        super(status.getMessage(), cause);
        this.status = status;
    }

    /** The exception for a Status, by its reason (then its code). */
    public static KubeException of(Status status) {
        String reason = status.getReason() == null ? "" : status.getReason();
        int code = status.getCode() == null ? 0 : status.getCode();
        return switch (reason) {
            case "NotFound" -> new NotFoundException(status);
            case "AlreadyExists" -> new AlreadyExistsException(status);
            case "Conflict" -> new ConflictException(status);
            case "Invalid" -> new InvalidException(status);
            case "Gone", "Expired" -> new GoneException(status);
            case "BadRequest" -> new BadRequestException(status);
            case "Unauthorized" -> new UnauthorizedException(status);
            case "Forbidden" -> new ForbiddenException(status);
            default -> switch (code) {
                case 404 -> new NotFoundException(status);
                case 409 -> new ConflictException(status);
                case 410 -> new GoneException(status);
                case 422 -> new InvalidException(status);
                case 400 -> new BadRequestException(status);
                case 401 -> new UnauthorizedException(status);
                case 403 -> new ForbiddenException(status);
                default -> new KubeException(status);
            };
        };
    }

    /** A Failure status made on the client side, for answers that carried none. */
    public static Status status(int code, String reason, String message) {
        return new StatusBuilder().withStatus("Failure").withCode(code).withReason(reason).withMessage(message).build();
    }

    public Status status() {
        return status;
    }

    /** The HTTP status code (404, 409, ...); 0 when the server was not reached. */
    public int code() {
        return status.getCode() == null ? 0 : status.getCode();
    }

    /** Kubernetes' machine-readable reason (NotFound, AlreadyExists, Conflict, Invalid, Expired, ...). */
    public String reason() {
        return status.getReason();
    }

    /** Per-field causes (for Invalid); empty when there are none. */
    public List<StatusCause> causes() {
        return status.getDetails() == null || status.getDetails().getCauses() == null ? List.of() : status.getDetails().getCauses();
    }
}
