package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicyOnPodConditionsPattern;
import io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicyRule;
import java.util.LinkedHashMap;
import java.util.Map;

/** batch/v1 defaulting (pkg/apis/batch/v1/defaults.go) and the Job's generated selector. */
public final class BatchDefaults {
    static final String CONTROLLER_UID = "batch.kubernetes.io/controller-uid";
    static final String JOB_NAME = "batch.kubernetes.io/job-name";

    private BatchDefaults() {
    }

    public static void job(Job job) {
        JobSpec spec = job.getSpec();
        if (spec == null) {
            return;
        }
        if (spec.getCompletions() == null && spec.getParallelism() == null) {
            spec.setCompletions(1);
            spec.setParallelism(1);
        }
        if (spec.getParallelism() == null) {
            spec.setParallelism(1);
        }
        if (spec.getBackoffLimit() == null) {
            spec.setBackoffLimit(spec.getBackoffLimitPerIndex() != null ? Integer.MAX_VALUE : 6);
        }
        labelsFromTemplate(job);
        // the job strategy generates the selector once the uid exists (it does so in Validate); the
        // labels then reach the job's own labels when Kubernetes defaults the stored object on read
        if (!Boolean.TRUE.equals(spec.getManualSelector()) && job.getMetadata() != null
            && !AppsDefaults.empty(job.getMetadata().getUid())) {
            generateSelector(job);
            labelsFromTemplate(job);
        }
        PodTemplateSpec template = spec.getTemplate();
        if (AppsDefaults.empty(spec.getCompletionMode())) {
            spec.setCompletionMode("NonIndexed");
        }
        if (spec.getSuspend() == null) {
            spec.setSuspend(false);
        }
        if (spec.getPodFailurePolicy() != null) {
            for (PodFailurePolicyRule rule : PodDefaults.Lists.of(spec.getPodFailurePolicy().getRules())) {
                for (PodFailurePolicyOnPodConditionsPattern p : PodDefaults.Lists.of(
                    rule == null ? null : rule.getOnPodConditions())) {
                    if (p != null && AppsDefaults.empty(p.getStatus())) {
                        p.setStatus("True");
                    }
                }
            }
        }
        if (AppsDefaults.empty(spec.getPodReplacementPolicy())) {
            spec.setPodReplacementPolicy(spec.getPodFailurePolicy() != null ? "Failed" : "TerminatingOrFailed");
        }
        PodDefaults.template(template);
    }

    private static void labelsFromTemplate(Job job) {
        PodTemplateSpec template = job.getSpec().getTemplate();
        Map<String, String> templateLabels = template == null || template.getMetadata() == null ? null
            : template.getMetadata().getLabels();
        if (templateLabels != null && job.getMetadata() != null
            && (job.getMetadata().getLabels() == null || job.getMetadata().getLabels().isEmpty())) {
            job.getMetadata().setLabels(new LinkedHashMap<>(templateLabels));
        }
    }

    /** Labels the template with the job's name and uid and selects the uid. */
    static void generateSelector(Job job) {
        JobSpec spec = job.getSpec();
        if (spec.getTemplate() == null) {
            spec.setTemplate(new PodTemplateSpec());
        }
        if (spec.getTemplate().getMetadata() == null) {
            spec.getTemplate().setMetadata(new io.fabric8.kubernetes.api.model.ObjectMeta());
        }
        Map<String, String> labels = spec.getTemplate().getMetadata().getLabels() == null ? new LinkedHashMap<>()
            : new LinkedHashMap<>(spec.getTemplate().getMetadata().getLabels());
        String name = job.getMetadata().getName() == null ? "" : job.getMetadata().getName();
        String uid = job.getMetadata().getUid();
        labels.putIfAbsent("job-name", name);
        labels.putIfAbsent(JOB_NAME, name);
        labels.putIfAbsent("controller-uid", uid);
        labels.putIfAbsent(CONTROLLER_UID, uid);
        spec.getTemplate().getMetadata().setLabels(labels);
        LabelSelector selector = spec.getSelector() == null ? new LabelSelector() : spec.getSelector();
        Map<String, String> match = selector.getMatchLabels() == null ? new LinkedHashMap<>()
            : new LinkedHashMap<>(selector.getMatchLabels());
        match.putIfAbsent(CONTROLLER_UID, uid);
        selector.setMatchLabels(match);
        spec.setSelector(selector);
    }

    public static void cronJob(CronJob cj) {
        CronJobSpec spec = cj.getSpec();
        if (spec == null) {
            return;
        }
        if (AppsDefaults.empty(spec.getConcurrencyPolicy())) {
            spec.setConcurrencyPolicy("Allow");
        }
        if (spec.getSuspend() == null) {
            spec.setSuspend(false);
        }
        if (spec.getSuccessfulJobsHistoryLimit() == null) {
            spec.setSuccessfulJobsHistoryLimit(3);
        }
        if (spec.getFailedJobsHistoryLimit() == null) {
            spec.setFailedJobsHistoryLimit(1);
        }
        if (spec.getJobTemplate() != null && spec.getJobTemplate().getSpec() != null) {
            PodDefaults.template(spec.getJobTemplate().getSpec().getTemplate());
        }
    }
}
