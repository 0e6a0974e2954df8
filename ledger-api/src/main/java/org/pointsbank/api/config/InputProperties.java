package org.pointsbank.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the API accepts as text (prefix {@code pointsbank.input}).
 *
 * @param textCheckEnabled refuse text that is not printable Unicode (NUL, controls, lone surrogates,
 *                         non-characters) in bodies, path variables, query parameters and read headers; length
 *                         limits apply either way. Only a test that plants a poison event turns it off.
 */
@ConfigurationProperties(prefix = "pointsbank.input")
public record InputProperties(@DefaultValue("true") boolean textCheckEnabled) {}
