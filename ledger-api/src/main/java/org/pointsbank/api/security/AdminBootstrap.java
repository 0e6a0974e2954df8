package org.pointsbank.api.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.pointsbank.api.config.PointsBankProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * At first start, creates the bootstrap {@code admin} with the password from
 * {@code POINTSBANK_ADMIN_PASSWORD}, or a random one printed once to the log. Runs before the
 * web server opens; later starts change nothing.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ADMIN = "admin";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final PointsBankProperties properties;

    AdminBootstrap(JdbcTemplate jdbc, PasswordEncoder encoder, PointsBankProperties properties) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean generated = !StringUtils.hasText(properties.adminPassword());
        String password = generated ? randomPassword() : properties.adminPassword();
        int created = jdbc.update("""
                INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, 'ADMIN')
                ON CONFLICT (username) DO NOTHING""", ADMIN, encoder.encode(password));
        if (created == 1 && generated) {
            log.warn(
                    "Created user '{}' with the generated password: {}  (shown only this once; "
                            + "set POINTSBANK_ADMIN_PASSWORD before the first start to choose it)",
                    ADMIN,
                    password);
        } else if (created == 1) {
            log.info("Created user '{}' with the password from POINTSBANK_ADMIN_PASSWORD", ADMIN);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
