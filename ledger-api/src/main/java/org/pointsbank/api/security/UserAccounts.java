package org.pointsbank.api.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts in {@code app_user} and {@code user_station}. Passwords are stored only as
 * bcrypt hashes and never leave this class except to Spring Security's password check.
 */
@Repository
public class UserAccounts implements UserDetailsService {

    private final JdbcTemplate jdbc;

    public UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LedgerUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /**
     * The account as stored. Its row (and stamp) is read before its stations: a station changed in between gives the
     * account a newer stamp than the one read, so whatever is remembered of this read is forgotten ({@link
     * AccountChanges}) rather than kept with stations older than its stamp says.
     */
    public Optional<LedgerUser> find(String username) {
        return jdbc
                .query(
                        "SELECT username, password_hash, role, enabled, card_id, stamp FROM app_user WHERE username = ?",
                        (rs, n) -> new LedgerUser(
                                rs.getString(1),
                                rs.getString(2),
                                Role.valueOf(rs.getString(3)),
                                rs.getBoolean(4),
                                Set.of(),
                                rs.getString(5),
                                rs.getLong(6)),
                        username)
                .stream()
                .findFirst()
                .map(user -> new LedgerUser(
                        user.username(),
                        user.passwordHash(),
                        user.role(),
                        user.enabled(),
                        new HashSet<>(jdbc.queryForList(
                                "SELECT station_id FROM user_station WHERE username = ?", String.class, username)),
                        user.cardId(),
                        user.stamp()));
    }

    public List<LedgerUser> findAll() {
        return jdbc.queryForList("SELECT username FROM app_user ORDER BY username", String.class).stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .toList();
    }

    public boolean exists(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM app_user WHERE username = ?)", Boolean.class, username));
    }

    @Transactional
    public void create(String username, String passwordHash, Role role, Set<String> stationIds, String cardId) {
        jdbc.update(
                "INSERT INTO app_user (username, password_hash, role, card_id) VALUES (?, ?, ?, ?)",
                username,
                passwordHash,
                role.name(),
                cardId);
        for (String station : stationIds) {
            jdbc.update("INSERT INTO user_station (username, station_id) VALUES (?, ?)", username, station);
        }
    }

    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username) == 1;
    }

    public void changePasswordHash(String username, String passwordHash) {
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwordHash, username);
    }
}
