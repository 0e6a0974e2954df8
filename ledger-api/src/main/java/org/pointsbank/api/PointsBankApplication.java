package org.pointsbank.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Points Bank service: REST API, security and wiring of the ledger and its read models. */
@SpringBootApplication(scanBasePackages = "org.pointsbank")
@ConfigurationPropertiesScan("org.pointsbank")
@EnableScheduling
public class PointsBankApplication {

    static {
        // The service makes no call to any outside host. Axon's update checker reads only a
        // system property or an environment variable, not Spring's settings.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(PointsBankApplication.class, args);
    }
}
