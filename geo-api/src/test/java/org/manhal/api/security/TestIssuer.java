package org.manhal.api.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID Connect issuer for the tests, on a loopback port: its discovery document
 * ({@code /.well-known/openid-configuration}) and its keys ({@code /jwks}, a real JWK set), and
 * RS256 tokens signed with its private key, as a ministry Keycloak would issue them. Spring
 * Authorization Server would need a second application context inside this one's class path
 * (its auto-configuration would meet Manhal's data source, Flyway and JPA); this serves the
 * same documents and signatures with nimbus-jose-jwt, which the resource server itself uses.
 */
final class TestIssuer implements AutoCloseable {

    static final String AUDIENCE = "manhal-api";

    private final HttpServer server;
    private final RSAKey key;
    /** A key of the same id that the issuer never published: a forger's. */
    private final RSAKey forgerKey;
    private final String issuer;

    TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("manhal-test-key").generate();
            forgerKey = new RSAKeyGenerator(2048).keyID("manhal-test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/manhal";
        server.createContext("/realms/manhal/.well-known/openid-configuration", ex -> json(ex, """
                {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%s/protocol/openid-connect/auth","token_endpoint":"%s/protocol/openid-connect/token",
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
                 "response_types_supported":["code"]}""".formatted(issuer, issuer, issuer, issuer)));
        server.createContext("/realms/manhal/protocol/openid-connect/certs",
                ex -> json(ex, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    String issuer() {
        return issuer;
    }

    /** A token as the issuer gives it: valid for five minutes, for Manhal's audience. */
    String token(String user, List<String> roles, List<String> governorates) {
        return sign(key, claims(user, roles, governorates).build());
    }

    JWTClaimsSet.Builder claims(String user, List<String> roles, List<String> governorates) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject(UUID.randomUUID().toString()).audience(AUDIENCE)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", user).claim("roles", roles).claim("governorates", governorates);
    }

    String sign(JWTClaimsSet claims) {
        return sign(key, claims);
    }

    String signByForger(JWTClaimsSet claims) {
        return sign(forgerKey, claims);
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
