package io.keelson.apis.internal.validation;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.keelson.apis.internal.meta.Errors;
import io.keelson.apis.internal.meta.GoLiteral;
import io.keelson.apis.internal.meta.Selectors;
import java.util.List;
import java.util.Objects;

/** batch/v1 Job and CronJob specs. */
final class BatchValidation {
    private BatchValidation() {
    }

    static void job(Job job, Errors errs) {
        JobSpec spec = job.getSpec() == null ? new JobSpec() : job.getSpec();
        boolean manual = Boolean.TRUE.equals(spec.getManualSelector());
        // without manualSelector the selector is generated from the uid; before that it may be absent
        if (spec.getSelector() == null && manual) {
            errs.required("spec.selector", "");
        } else if (spec.getSelector() != null) {
            Selectors.validate(spec.getSelector(), "spec.selector", errs);
            WorkloadValidation.templateMatches(spec.getSelector(), spec.getTemplate(), "spec.template", errs);
        }
        jobSpec(spec, "spec", errs);
    }

    static void jobSpec(JobSpec spec, String path, Errors errs) {
        WorkloadValidation.nonNegative(spec.getParallelism(), path + ".parallelism", errs);
        WorkloadValidation.nonNegative(spec.getCompletions(), path + ".completions", errs);
        WorkloadValidation.nonNegative(spec.getActiveDeadlineSeconds(), path + ".activeDeadlineSeconds", errs);
        WorkloadValidation.nonNegative(spec.getBackoffLimit(), path + ".backoffLimit", errs);
        WorkloadValidation.nonNegative(spec.getTtlSecondsAfterFinished(), path + ".ttlSecondsAfterFinished", errs);
        String mode = Objects.toString(spec.getCompletionMode(), "");
        if (!mode.isEmpty() && !mode.equals("NonIndexed") && !mode.equals("Indexed")) {
            errs.notSupported(path + ".completionMode", mode, List.of("NonIndexed", "Indexed"));
        }
        PodValidation.template(spec.getTemplate(), path + ".template", errs);
        if (spec.getTemplate() != null && spec.getTemplate().getSpec() != null) {
            String restart = Objects.toString(spec.getTemplate().getSpec().getRestartPolicy(), "");
            if (!restart.equals("OnFailure") && !restart.equals("Never")) {
                errs.notSupported(path + ".template.spec.restartPolicy", restart, List.of("OnFailure", "Never"));
            }
        }
    }

    static void jobUpdate(Job now, Job was, Errors errs) {
        JobSpec a = now.getSpec();
        JobSpec b = was.getSpec();
        if (a == null || b == null) {
            return;
        }
        if (b.getSelector() != null && !Objects.equals(a.getSelector(), b.getSelector())) {
            errs.invalid("spec.selector", Selectors.literal(a.getSelector()), "field is immutable");
        }
        if (!Objects.equals(a.getCompletions(), b.getCompletions()) && !"Indexed".equals(a.getCompletionMode())) {
            errs.invalid("spec.completions", a.getCompletions() == null ? null : (long) a.getCompletions(),
                "field is immutable");
        }
        if (!Objects.equals(a.getCompletionMode(), b.getCompletionMode())) {
            errs.invalid("spec.completionMode", Objects.toString(a.getCompletionMode(), ""), "field is immutable");
        }
        if (!Boolean.TRUE.equals(b.getSuspend()) && !PodValidation.tree(a.getTemplate()).equals(PodValidation.tree(b.getTemplate()))) {
            errs.invalid("spec.template", new GoLiteral("core.PodTemplateSpec{...}"), "field is immutable");
        }
    }

    static void cronJob(CronJob cj, Errors errs) {
        if (cj.getMetadata() != null && cj.getMetadata().getName() != null
            && cj.getMetadata().getName().length() > 52) {
            errs.invalid("metadata.name", cj.getMetadata().getName(), "must be no more than 52 characters");
        }
        CronJobSpec spec = cj.getSpec() == null ? new CronJobSpec() : cj.getSpec();
        String schedule = Objects.toString(spec.getSchedule(), "");
        if (schedule.isEmpty()) {
            errs.required("spec.schedule", "");
        } else {
            String problem = Cron.problem(schedule);
            if (problem != null) {
                errs.invalid("spec.schedule", schedule, problem);
            }
        }
        String policy = Objects.toString(spec.getConcurrencyPolicy(), "");
        if (policy.isEmpty()) {
            errs.required("spec.concurrencyPolicy", "");
        } else if (!List.of("Allow", "Forbid", "Replace").contains(policy)) {
            errs.notSupported("spec.concurrencyPolicy", policy, List.of("Allow", "Forbid", "Replace"));
        }
        WorkloadValidation.nonNegative(spec.getStartingDeadlineSeconds(), "spec.startingDeadlineSeconds", errs);
        WorkloadValidation.nonNegative(spec.getSuccessfulJobsHistoryLimit(), "spec.successfulJobsHistoryLimit", errs);
        WorkloadValidation.nonNegative(spec.getFailedJobsHistoryLimit(), "spec.failedJobsHistoryLimit", errs);
        var template = spec.getJobTemplate();
        if (template == null || template.getSpec() == null) {
            errs.required("spec.jobTemplate.spec.template.spec.containers", "");
            return;
        }
        JobSpec js = template.getSpec();
        if (!Boolean.TRUE.equals(js.getManualSelector()) && js.getSelector() != null) {
            errs.invalid("spec.jobTemplate.spec.selector", Selectors.literal(js.getSelector()),
                "`selector` will be auto-generated");
        }
        jobSpec(js, "spec.jobTemplate.spec", errs);
    }
}
