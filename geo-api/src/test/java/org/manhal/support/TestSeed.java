package org.manhal.support;

import java.util.SplittableRandom;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Random test data that a failure can replay: a {@link SplittableRandom} parameter (of the test
 * method, or of a {@code @BeforeEach} method, which gets the same instance as its test), seeded
 * from {@code -Dmanhal.seed=<long>} or else afresh. When the test fails, the failure carries the
 * seed and the command line that replays it, e.g.
 * {@code seed=-4617006213393839251: rerun with -Dmanhal.seed=-4617006213393839251 -Dtest=WellCountPropertyIntegrationTests#countInRandomPolygonsEqualsPlainIntersectsQuery}.
 */
public final class TestSeed implements ParameterResolver, TestExecutionExceptionHandler {

    /** The system property that fixes the seed. */
    public static final String PROPERTY = "manhal.seed";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestSeed.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SplittableRandom.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new SplittableRandom(seed(context));
    }

    /** The test's seed, the same for every parameter of the test and its set-up. */
    private static long seed(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("seed", key -> {
            String given = System.getProperty(PROPERTY);
            return given == null || given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
        }, Long.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Long seed = context.getStore(NAMESPACE).get("seed", Long.class);
        if (seed != null) {
            String replay = "seed=" + seed + ": rerun with -D" + PROPERTY + "=" + seed + " -Dtest="
                    + context.getRequiredTestClass().getSimpleName() + "#" + context.getRequiredTestMethod().getName();
            System.err.println(context.getDisplayName() + " failed with " + replay);
            failure.addSuppressed(new RandomSeedReport(replay));
        }
        throw failure;
    }

    /** Carries the seed into the failure's report (a suppressed exception shows under the failure). */
    static final class RandomSeedReport extends Exception {

        RandomSeedReport(String message) {
            super(message, null, false, false);
        }
    }
}
