package io.keelson.apiserver.internal.services;

import io.keelson.apiserver.internal.errors.Errors;

/** An IPv4 service range such as 10.96.0.0/12: its usable addresses (not the network or broadcast address), by offset. */
public record ServiceRange(String cidr, long base, int size) {

    public static final ServiceRange DEFAULT = parse("10.96.0.0/12");

    public static ServiceRange parse(String cidr) {
        String[] parts = cidr.split("/");
        String[] octets = parts[0].split("\\.");
        if (parts.length != 2 || octets.length != 4) {
            throw new IllegalArgumentException("not an IPv4 CIDR: " + cidr);
        }
        long ip = 0;
        for (String o : octets) {
            ip = ip << 8 | Integer.parseInt(o);
        }
        int bits = Integer.parseInt(parts[1]);
        if (bits < 8 || bits > 30) {
            throw Errors.badRequest("the service range must be between /8 and /30: " + cidr);
        }
        long mask = 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return new ServiceRange(cidr, ip & mask, (int) ((1L << (32 - bits)) - 2));
    }

    /** The address at an offset; offset 0 is the first usable one (the kubernetes service's). */
    public String at(int offset) {
        long ip = base + 1 + offset;
        return (ip >> 24 & 255) + "." + (ip >> 16 & 255) + "." + (ip >> 8 & 255) + "." + (ip & 255);
    }

    /** The offset of an address in the range, or -1 outside it. */
    public int offsetOf(String address) {
        String[] octets = address.split("\\.");
        if (octets.length != 4) {
            return -1;
        }
        long ip = 0;
        try {
            for (String o : octets) {
                int v = Integer.parseInt(o);
                if (v < 0 || v > 255) {
                    return -1;
                }
                ip = ip << 8 | v;
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        long offset = ip - base - 1;
        return offset < 0 || offset >= size ? -1 : (int) offset;
    }
}
