package nl.verhuurtoezicht.enforcement;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs engine commands once the decision they follow is committed: the job the command triggers reads that decision
 * from the database, possibly within milliseconds. Without a transaction the command runs at once.
 */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(Runnable command) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            command.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                command.run();
            }
        });
    }
}
