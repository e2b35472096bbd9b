package io.keelson.apis.internal.defaults;

import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.DownwardAPIVolumeFile;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.ObjectFieldSelector;
import io.fabric8.kubernetes.api.model.ProjectedVolumeSource;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import java.lang.reflect.Method;
import java.util.List;

/** Defaults of volumes, env field references and HTTP handlers (core/v1 SetDefaults_*). */
final class VolumeDefaults {
    private static final int MODE_0644 = 420;

    private VolumeDefaults() {
    }

    static void volumes(List<Volume> volumes) {
        for (Volume v : PodDefaults.Lists.of(volumes)) {
            if (v == null) {
                continue;
            }
            if (noSource(v)) {
                v.setEmptyDir(new EmptyDirVolumeSource());
            }
            SecretVolumeSource s = v.getSecret();
            if (s != null && s.getDefaultMode() == null) {
                s.setDefaultMode(MODE_0644);
            }
            ConfigMapVolumeSource c = v.getConfigMap();
            if (c != null && c.getDefaultMode() == null) {
                c.setDefaultMode(MODE_0644);
            }
            if (v.getDownwardAPI() != null) {
                if (v.getDownwardAPI().getDefaultMode() == null) {
                    v.getDownwardAPI().setDefaultMode(MODE_0644);
                }
                for (DownwardAPIVolumeFile f : PodDefaults.Lists.of(v.getDownwardAPI().getItems())) {
                    if (f != null) {
                        fieldRef(f.getFieldRef());
                    }
                }
            }
            if (v.getHostPath() != null && v.getHostPath().getType() == null) {
                v.getHostPath().setType("");
            }
            projected(v.getProjected());
        }
    }

    private static void projected(ProjectedVolumeSource p) {
        if (p == null) {
            return;
        }
        if (p.getDefaultMode() == null) {
            p.setDefaultMode(MODE_0644);
        }
        for (VolumeProjection vp : PodDefaults.Lists.of(p.getSources())) {
            if (vp != null && vp.getServiceAccountToken() != null
                && vp.getServiceAccountToken().getExpirationSeconds() == null) {
                vp.getServiceAccountToken().setExpirationSeconds(3600L);
            }
            if (vp != null && vp.getDownwardAPI() != null) {
                for (DownwardAPIVolumeFile f : PodDefaults.Lists.of(vp.getDownwardAPI().getItems())) {
                    if (f != null) {
                        fieldRef(f.getFieldRef());
                    }
                }
            }
        }
    }

    /** A volume that names no source gets an emptyDir, as Kubernetes' SetDefaults_Volume does. */
    private static boolean noSource(Volume v) {
        for (Method m : Volume.class.getMethods()) {
            String n = m.getName();
            if (m.getParameterCount() == 0 && n.startsWith("get") && !n.equals("getName") && !n.equals("getClass")
                && !n.equals("getAdditionalProperties")) {
                try {
                    if (m.invoke(v) != null) {
                        return false;
                    }
                } catch (ReflectiveOperationException e) {
                    return false;
                }
            }
        }
        return true;
    }

    static void env(List<EnvVar> env) {
        for (EnvVar e : PodDefaults.Lists.of(env)) {
            if (e != null && e.getValueFrom() != null) {
                fieldRef(e.getValueFrom().getFieldRef());
            }
        }
    }

    private static void fieldRef(ObjectFieldSelector f) {
        if (f != null && (f.getApiVersion() == null || f.getApiVersion().isEmpty())) {
            f.setApiVersion("v1");
        }
    }

    static void handlers(Lifecycle l) {
        if (l != null) {
            handler(l.getPostStart());
            handler(l.getPreStop());
        }
    }

    private static void handler(LifecycleHandler h) {
        if (h != null) {
            httpGet(h.getHttpGet());
        }
    }

    static void httpGet(HTTPGetAction a) {
        if (a == null) {
            return;
        }
        if (a.getPath() == null || a.getPath().isEmpty()) {
            a.setPath("/");
        }
        if (a.getScheme() == null || a.getScheme().isEmpty()) {
            a.setScheme("HTTP");
        }
    }
}
