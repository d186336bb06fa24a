package org.iraqkg.endpoint;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users allowed to update the knowledge graph, read from a password file in Jetty's
 * {@code PropertyUserStore} format (the format of Fuseki's {@code --passwd} file): one user per line,
 * {@code user: password}, optionally followed by {@code ,role ...} (roles are ignored here). The password
 * may be plain text or one of Jetty's {@code OBF:}, {@code MD5:} or {@code CRYPT:} forms. Lines starting
 * with {@code #} are comments. The file is read as UTF-8, once, when the server is built.
 */
final class PasswordFile {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordFile.class);

    private final Path path;
    private final List<String> users;
    private final UserStore userStore;

    private PasswordFile(Path path, List<String> users, UserStore userStore) {
        this.path = path;
        this.users = users;
        this.userStore = userStore;
    }

    /** Reads {@code path}; every problem is a {@link KgServerException} with a one-line message. */
    static PasswordFile read(Path path) {
        if (!Files.exists(path)) {
            throw new KgServerException("update password file not found: " + path);
        }
        if (Files.isDirectory(path)) {
            throw new KgServerException("update password file is a directory: " + path);
        }
        if (!Files.isReadable(path)) {
            throw new KgServerException("update password file is not readable: " + path);
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new KgServerException("cannot read update password file " + path + ": " + e.getMessage(), e);
        }
        UserStore store = new UserStore();
        List<String> names = new ArrayList<>();
        for (String key : props.stringPropertyNames()) {
            String user = key.trim();
            if (user.isEmpty()) {
                continue;
            }
            String credentials = props.getProperty(key).trim();
            String[] roles = new String[0];
            int comma = credentials.indexOf(',');
            if (comma >= 0) {
                roles = Arrays.stream(credentials.substring(comma + 1).split(","))
                        .map(String::trim)
                        .filter(r -> !r.isEmpty())
                        .toArray(String[]::new);
                credentials = credentials.substring(0, comma).trim();
            }
            if (credentials.isEmpty()) {
                throw new KgServerException("user '" + user + "' has an empty password in " + path);
            }
            store.addUser(user, Credential.getCredential(credentials), roles);
            names.add(user);
        }
        if (names.isEmpty()) {
            throw new KgServerException("update password file " + path
                    + " defines no users (expected lines 'user: password')");
        }
        try {
            store.start();
        } catch (Exception e) {
            throw new KgServerException("cannot set up the users of " + path + ": " + e.getMessage(), e);
        }
        Collections.sort(names);
        LOG.debug("{} update user(s) read from {}", names.size(), path);
        return new PasswordFile(path, List.copyOf(names), store);
    }

    Path path() {
        return path;
    }

    /** The user names, sorted. */
    List<String> users() {
        return users;
    }

    UserStore userStore() {
        return userStore;
    }
}
