package dev.leadkit.core.internal.databind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample model classes defined anew, in a class loader of their own, for a test that must see a model's schema
 * worked out rather than taken from {@link ModelSchema}'s per-class cache: a schema is computed once per class and
 * kept for the life of the JVM, so a test reusing the classes another test used would only ever check the first
 * computation (PIT, which runs many mutants in one JVM, would see none of the later ones). Everything else,
 * leadkit's classes and Jackson's included, comes from the usual class loader.
 */
final class FreshModels extends ClassLoader {

    private static final String PACKAGE = FreshModels.class.getPackageName() + ".";

    FreshModels() {
        super(FreshModels.class.getClassLoader());
    }

    /** {@code model}'s class as this loader defines it. */
    static Class<?> fresh(Class<?> model) {
        try {
            return Class.forName(model.getName(), true, new FreshModels());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isSample(String name) {
        if (!name.startsWith(PACKAGE)) {
            return false;
        }
        String simple = name.substring(PACKAGE.length());
        return simple.startsWith("Sample") || simple.startsWith("ImmutableSample") || simple.startsWith("HandMadeModel");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isSample(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    loaded = defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
