package org.iraqkg.endpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users allowed to update the knowledge graph, read from a password file: one user per line,
 * {@code user: password}. The password is the rest of the line after the first {@code :}, without the spaces
 * around it, kept whole: commas, backslashes and {@code =} are part of it (the file used to be read as Java
 * properties, which cut {@code pa,ss} to {@code pa} and ate backslashes). It may be plain text or one of Jetty's
 * {@code OBF:}, {@code MD5:} or {@code CRYPT:} forms. Lines starting with {@code #} are comments. A line without
 * {@code :} or a user named twice is an error naming the line. The file is read as UTF-8, once, when the server
 * is built.
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
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new KgServerException("cannot read update password file " + path + ": " + e.getMessage(), e);
        }
        UserStore store = new UserStore();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new KgServerException(path + ":" + (i + 1) + ": expected 'user: password'");
            }
            String user = line.substring(0, colon).strip();
            // The password is the rest of the line, whole: commas, backslashes and inner spaces are kept.
            String credentials = line.substring(colon + 1).strip();
            if (user.isEmpty()) {
                throw new KgServerException(path + ":" + (i + 1) + ": no user name before ':'");
            }
            if (credentials.isEmpty()) {
                throw new KgServerException("user '" + user + "' has an empty password in " + path);
            }
            if (names.contains(user)) {
                throw new KgServerException(path + ":" + (i + 1) + ": user '" + user + "' is defined twice");
            }
            store.addUser(user, Credential.getCredential(credentials), new String[0]);
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
