package io.keelson.apis.internal.print;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Jobs (v1.32: NAME STATUS COMPLETIONS DURATION AGE) and CronJobs. */
final class BatchPrinters {
    private BatchPrinters() {
    }

    static final Printer JOB = new Printer(Printer.cols(Printer.name(),
        Printer.col("Status", "Status of the job."),
        Printer.col("Completions", "The desired number of successfully finished pods the job should be run with."),
        Printer.col("Duration", "Time required to complete the job."),
        Printer.age(), WorkloadPrinters.CONTAINERS, WorkloadPrinters.IMAGES, WorkloadPrinters.SELECTOR), (o, now) -> {
            Job job = (Job) o;
            var spec = job.getSpec() == null ? new io.fabric8.kubernetes.api.model.batch.v1.JobSpec() : job.getSpec();
            JobStatus st = job.getStatus() == null ? new JobStatus() : job.getStatus();
            long succeeded = Fmt.num(st.getSucceeded());
            String completions;
            if (spec.getCompletions() != null) {
                completions = succeeded + "/" + spec.getCompletions();
            } else {
                long parallelism = Fmt.num(spec.getParallelism());
                completions = parallelism > 1 ? succeeded + "/1 of " + parallelism : succeeded + "/1";
            }
            Instant start = Ages.parse(st.getStartTime());
            Instant end = Ages.parse(st.getCompletionTime());
            String duration = start == null ? "" : Ages.human(Duration.between(start, end == null ? now : end));
            String status;
            if (has(st, "Complete")) {
                status = "Complete";
            } else if (has(st, "Failed")) {
                status = "Failed";
            } else if (Fmt.deleting(job)) {
                status = "Terminating";
            } else if (has(st, "Suspended")) {
                status = "Suspended";
            } else if (has(st, "FailureTarget")) {
                status = "FailureTarget";
            } else if (has(st, "SuccessCriteriaMet")) {
                status = "SuccessCriteriaMet";
            } else {
                status = "Running";
            }
            List<Container> cs = Fmt.containers(spec.getTemplate());
            return List.of(Fmt.name(job), status, completions, duration, Fmt.age(job, now), Fmt.containerNames(cs),
                Fmt.images(cs), Fmt.selector(spec.getSelector()));
        });

    static final Printer CRON_JOB = new Printer(Printer.cols(Printer.name(),
        Printer.col("Schedule", "The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron."),
        Printer.col("Timezone", "The time zone name for the given schedule, see "
            + "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones."),
        Printer.col("Suspend", "This flag tells the controller to suspend subsequent executions, it does not apply "
            + "to already started executions.  Defaults to false."),
        Printer.integer("Active", "A list of pointers to currently running jobs."),
        Printer.col("Last Schedule", "Information when was the last time the job was successfully scheduled."),
        Printer.age(), WorkloadPrinters.CONTAINERS, WorkloadPrinters.IMAGES, WorkloadPrinters.SELECTOR), (o, now) -> {
            CronJob cj = (CronJob) o;
            var spec = cj.getSpec() == null ? new io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec() : cj.getSpec();
            var st = cj.getStatus();
            String last = st == null || st.getLastScheduleTime() == null ? "<none>"
                : Ages.since(st.getLastScheduleTime(), now);
            var jobSpec = spec.getJobTemplate() == null ? null : spec.getJobTemplate().getSpec();
            List<Container> cs = Fmt.containers(jobSpec == null ? null : jobSpec.getTemplate());
            String suspend = spec.getSuspend() == null ? "<unset>" : spec.getSuspend() ? "True" : "False";
            return List.of(Fmt.name(cj), Fmt.str(spec.getSchedule()),
                spec.getTimeZone() == null ? "<none>" : spec.getTimeZone(), suspend,
                (long) (st == null ? 0 : Fmt.list(st.getActive()).size()), last, Fmt.age(cj, now),
                Fmt.containerNames(cs), Fmt.images(cs), Fmt.selector(jobSpec == null ? null : jobSpec.getSelector()));
        });

    private static boolean has(JobStatus st, String type) {
        for (JobCondition c : Fmt.list(st.getConditions())) {
            if (c != null && type.equals(c.getType()) && "True".equals(c.getStatus())) {
                return true;
            }
        }
        return false;
    }
}
