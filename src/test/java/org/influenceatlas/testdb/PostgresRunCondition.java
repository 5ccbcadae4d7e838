package org.influenceatlas.testdb;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run, with the reason, where no server was given. Registered for every test
 * (junit-platform.properties turns on auto-detection); on the H2 run it does nothing. A URL that
 * was given but does not answer is not skipped: the tests fail, so a broken CI set-up shows.
 */
public final class PostgresRunCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabase.postgresRun() && TestDatabase.url().isEmpty()) {
            return ConditionEvaluationResult.disabled("PostgreSQL run skipped: no server given (set " + TestDatabase.URL
                    + ", e.g. jdbc:postgresql://127.0.0.1:55432/atlas; .ci/run starts one)");
        }
        return ConditionEvaluationResult.enabled("database: " + (TestDatabase.postgresRun() ? "PostgreSQL" : "H2"));
    }
}
