package io.keelson.benchmarks;

import io.keelson.benchmarks.api.ApiRun;

/**
 * API server benchmark (issue 3): {@code run-api-bench [--clients 50,500] [--pods 10000]
 * [--watchers 1000] [--duration 5s] [--rate 200] [--transports https,http] [--phases
 * list,open,closed,watch]}; prints Markdown tables with the raw store's figure for the same work
 * beside each API figure. See {@link io.keelson.benchmarks.api.ApiRun}.
 */
public final class ApiBenchmark {

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ApiRun.main(args);
    }
}
