package io.keelson.apis.internal.defaults;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tag of an image reference as the kubelet's ParseImageName sees it (docker reference grammar). */
final class ImageRef {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String DOMAIN = "(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)"
        + "(?:\\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?";
    private static final Pattern REFERENCE = Pattern.compile("(?:(" + DOMAIN + ")/)?(" + COMPONENT + "(?:/" + COMPONENT
        + ")*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?");

    private ImageRef() {
    }

    /** The tag; "latest" when neither tag nor digest is given; "" when there is none or it does not parse. */
    static String tag(String image) {
        if (image == null || image.isEmpty()) {
            return "";
        }
        Matcher m = REFERENCE.matcher(image);
        if (!m.matches()) {
            // a first component that is not a domain but has upper case letters is invalid, like Docker's
            return "";
        }
        String tag = m.group(3);
        String digest = m.group(4);
        if (tag == null && digest == null) {
            return "latest";
        }
        return tag == null ? "" : tag;
    }
}
