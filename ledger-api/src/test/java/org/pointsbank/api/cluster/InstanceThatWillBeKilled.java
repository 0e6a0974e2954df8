package org.pointsbank.api.cluster;

import org.pointsbank.api.PointsBankApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Run in a child JVM by {@link ChildInstances}: one instance of the service with the given arguments; prints
 * {@value #READY} once it answers requests, then runs until stopped or killed.
 */
public final class InstanceThatWillBeKilled {

    static final String READY = "INSTANCE READY";

    private InstanceThatWillBeKilled() {}

    public static void main(String[] args) {
        new SpringApplicationBuilder(PointsBankApplication.class).run(args);
        System.out.println(READY);
        System.out.flush();
    }
}
