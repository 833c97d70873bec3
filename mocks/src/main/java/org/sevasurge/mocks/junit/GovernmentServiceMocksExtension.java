package org.sevasurge.mocks.junit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.sevasurge.mocks.GovernmentServiceMocks;
import org.sevasurge.mocks.MockOptions;

/**
 * Runs the mocks for a JUnit 5 test class, on a free port unless the options say otherwise.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final GovernmentServiceMocksExtension MOCKS =
 *     new GovernmentServiceMocksExtension(MockOptions.defaults());
 *
 * @Test
 * void submissionSurvivesASlowGateway() {
 *   MOCKS.mocks().setProfile(ExternalService.PAYMENT, FaultProfile.SLOW);
 *   ... MOCKS.mocks().baseUrl() ...
 * }
 * }</pre>
 *
 * <p>Or {@code @ExtendWith(GovernmentServiceMocksExtension.class)} with a
 * {@link GovernmentServiceMocks} parameter on a test method or constructor. Registered as a
 * static field or on the class, the mocks start once for the class; as an instance field, once
 * per test. Before every test each service goes back to its starting profile and the payment
 * ledger is cleared, so no test sees another's faults or charges.
 *
 * <p>Thread-safe for one test class at a time; do not share an instance between classes that
 * run in parallel.
 */
public final class GovernmentServiceMocksExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final MockOptions options;
    private GovernmentServiceMocks mocks;
    private String startedBy;

    /** Mocks with {@link MockOptions#defaults()}: a free port, every service healthy. */
    public GovernmentServiceMocksExtension() {
        this(MockOptions.defaults());
    }

    /** Mocks with {@code options}. */
    public GovernmentServiceMocksExtension(MockOptions options) {
        this.options = options;
    }

    /**
     * The running mocks.
     *
     * @throws IllegalStateException outside the tests of the class that registered the extension
     */
    public synchronized GovernmentServiceMocks mocks() {
        if (mocks == null) {
            throw new IllegalStateException("the mocks run only while the tests of their class run");
        }
        return mocks;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        startIfNeeded(context);
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (!startIfNeeded(context)) {
            mocks.resetProfiles();
            mocks.payments().clear();
        }
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GovernmentServiceMocks.class;
    }

    @Override
    public synchronized Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A PER_CLASS test instance is built before beforeAll runs.
        startIfNeeded(context);
        return mocks;
    }

    /** Starts the mocks unless they run; returns whether this call started them. */
    private boolean startIfNeeded(ExtensionContext context) {
        if (mocks != null) {
            return false;
        }
        mocks = GovernmentServiceMocks.start(options);
        startedBy = context.getUniqueId();
        return true;
    }

    private void stopIfStartedBy(ExtensionContext context) {
        if (mocks != null && context.getUniqueId().equals(startedBy)) {
            mocks.close();
            mocks = null;
            startedBy = null;
        }
    }
}
