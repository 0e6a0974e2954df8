package org.pointsbank.api.cluster;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.pointsbank.api.config.PointsBankProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processors' token store: Axon's JDBC token store built as its auto-configuration builds it (the Spring
 * connection provider, the {@code token_entry} schema, the general serializer, {@code
 * axon.eventhandling.tokenstore.claim-timeout}), with one difference: the owner it writes into its claims is this
 * instance's {@link NodeId}, unique per start, instead of the JVM's {@code pid@host}.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfig {

    private static final Logger LOG = LoggerFactory.getLogger(TokenStoreConfig.class);

    /** This instance's name, chosen once per start: every claim it takes and the admin views show it. */
    @Bean
    NodeId nodeId(PointsBankProperties properties) {
        NodeId nodeId = NodeId.of(properties.nodeId());
        LOG.info("this instance is node {}: the owner of its token claims", nodeId);
        return nodeId;
    }

    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider,
            Serializer serializer,
            TokenSchema tokenSchema,
            TokenStoreProperties tokenStoreProperties,
            NodeId nodeId) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .nodeId(nodeId.value())
                .build();
    }
}
