package dev.leadkit.core.internal.dialect;

import java.net.URL;
import java.security.CodeSource;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.OkHttpClient;

/**
 * Fails a client's {@code build()} at once when the {@code okhttp3} classes this JVM loaded are not OkHttp 5's.
 *
 * <p>OkHttp 4 is the artifact {@code com.squareup.okhttp3:okhttp}; OkHttp 5 for the JVM is
 * {@code com.squareup.okhttp3:okhttp-jvm}, which leadkit depends on. Two artifact names let a build put both
 * jars on the class path, where the one found first supplies the {@code okhttp3} package. When that is OkHttp
 * 4, calls into OkHttp 5's API fail later with a {@link NoSuchMethodError} or the like; this check says what
 * is wrong, and what to exclude, before any request.
 *
 * <p>The decision: OkHttp is taken to be 5 or later when {@code okhttp3.OkHttp.VERSION} (OkHttp 4 and 5 both
 * have it; 3 does not) does not name a major version below 5, and the loaded {@link OkHttpClient} has a method
 * that OkHttp 5 added ({@code fastFallback()}), so that an OkHttp 4 class found first fails the check whatever
 * {@code VERSION} says.
 */
final class OkHttpVersionCheck {

    /** A method OkHttp 5.0 added to {@link OkHttpClient} (Happy Eyeballs): present on every OkHttp 5 client. */
    static final String OKHTTP_5_METHOD = "fastFallback";

    /** What this JVM's OkHttp is: the classes do not change once loaded, so it is read once. */
    private static final Optional<String> PROBLEM = problem(loadedVersion(), hasOkHttp5Method(), loadedFrom());

    private OkHttpVersionCheck() {
    }

    /**
     * @throws IllegalStateException if the loaded OkHttp is not OkHttp 5: the message says which one it is,
     *                               where it came from and what to exclude
     */
    static void require() {
        if (PROBLEM.isPresent()) {
            throw new IllegalStateException(PROBLEM.get());
        }
    }

    /**
     * The decision, on what was read from the loaded classes.
     *
     * @param version         {@code okhttp3.OkHttp.VERSION}, or null when there is none (OkHttp 3 or older)
     * @param hasOkHttp5Method whether the loaded {@link OkHttpClient} has {@link #OKHTTP_5_METHOD}
     * @param location        where {@link OkHttpClient} was loaded from, or null when unknown
     * @return the message to fail with, or empty when the loaded OkHttp is OkHttp 5 or later
     */
    static Optional<String> problem(String version, boolean hasOkHttp5Method, String location) {
        OptionalInt major = major(version);
        boolean olderByVersion = major.isPresent() && major.getAsInt() < 5;
        if (hasOkHttp5Method && !olderByVersion) {
            return Optional.empty();
        }
        String found;
        if (version == null) {
            found = "an OkHttp older than 4 (it has no okhttp3.OkHttp.VERSION)";
        } else if (olderByVersion) {
            found = "OkHttp " + version;
        } else {
            found = "a mix: okhttp3.OkHttp says " + version + ", but okhttp3.OkHttpClient lacks OkHttp 5's "
                    + OKHTTP_5_METHOD + "(), so it comes from an older OkHttp jar";
        }
        return Optional.of("leadkit needs OkHttp 5 (com.squareup.okhttp3:okhttp-jvm 5.x), but the okhttp3 classes"
                + " on the class path are " + found
                + (location == null ? "" : " (okhttp3.OkHttpClient loaded from " + location + ")")
                + ". Another dependency brings com.squareup.okhttp3:okhttp 4.x (or older), whose jar is found before"
                + " okhttp-jvm. Exclude it from the dependency that brings it (mvn dependency:tree"
                + " -Dincludes=com.squareup.okhttp3 or gradle dependencyInsight --dependency okhttp names it);"
                + " libraries written for OkHttp 4 run on OkHttp 5.\n"
                + "  Maven:  <exclusion><groupId>com.squareup.okhttp3</groupId><artifactId>okhttp</artifactId></exclusion>\n"
                + "  Gradle: exclude group: 'com.squareup.okhttp3', module: 'okhttp'");
    }

    /** The leading number of a version such as {@code 5.3.2}, {@code 5.0.0-alpha.14} or {@code 5-SNAPSHOT}, if it has one. */
    static OptionalInt major(String version) {
        if (version == null) {
            return OptionalInt.empty();
        }
        String text = version.strip();
        int end = 0;
        while (end < text.length() && end < 9 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == 0 || (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '-')) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text.substring(0, end)));
    }

    private static String loadedVersion() {
        try {
            Object version = Class.forName("okhttp3.OkHttp", true, OkHttpClient.class.getClassLoader())
                    .getField("VERSION").get(null);
            return version instanceof String ? (String) version : null;
        } catch (ReflectiveOperationException | LinkageError | SecurityException none) {
            return null;
        }
    }

    private static boolean hasOkHttp5Method() {
        try {
            OkHttpClient.class.getMethod(OKHTTP_5_METHOD);
            return true;
        } catch (NoSuchMethodException | SecurityException absent) {
            return false;
        }
    }

    private static String loadedFrom() {
        try {
            CodeSource source = OkHttpClient.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return location == null ? null : location.toString();
        } catch (SecurityException hidden) {
            return null;
        }
    }
}
