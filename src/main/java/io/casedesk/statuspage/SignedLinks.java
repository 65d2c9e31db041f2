package io.casedesk.statuspage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.common.NotFoundException;

/**
 * Confirm and unsubscribe links: {@code <id>.<signature>}, an HMAC-SHA256 of purpose, subscription and address
 * under an installation key, so the links need no storage and cannot be forged or moved to another address.
 */
@Component
class SignedLinks {

    enum Purpose {
        CONFIRM, UNSUBSCRIBE
    }

    private static final String KEY_NAME = "subscription-links";

    private final LinkKeyRepository keys;
    private final TransactionTemplate transactions;
    private volatile byte[] key;

    SignedLinks(LinkKeyRepository keys, PlatformTransactionManager transactionManager) {
        this.keys = keys;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    String token(Purpose purpose, long subscriptionId, String email) {
        return subscriptionId + "." + signature(purpose, subscriptionId, email);
    }

    /** The subscription id of a genuine token for this purpose; the caller checks it against its address. */
    long subscriptionId(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        try {
            return Long.parseLong(token.substring(0, dot));
        } catch (RuntimeException e) {
            throw new NotFoundException("This link is not valid.");
        }
    }

    boolean matches(String token, Purpose purpose, long subscriptionId, String email) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                token(purpose, subscriptionId, email).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(Purpose purpose, long subscriptionId, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signature = mac.doFinal((purpose + ":" + subscriptionId + ":" + email).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            String hex = transactions.execute(status -> keys.findById(KEY_NAME).map(LinkKey::value).orElseGet(() -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                return keys.saveAndFlush(new LinkKey(KEY_NAME, HexFormat.of().formatHex(fresh))).value();
            }));
            current = HexFormat.of().parseHex(hex);
            key = current;
        }
        return current;
    }
}
