package de.ozd.newsroom.cli;

import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the store commands: opens the store, turns store refusals into one German line and exit 2. */
abstract class StoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    abstract int run(Store store) throws Exception;

    /** Whether the command needs only the database (not the search index). */
    boolean databaseOnly() {
        return false;
    }

    /** Whether the command rebuilds the search index (and so opens it whatever its state). */
    boolean rebuildsIndex() {
        return false;
    }

    @Override
    public Integer call() throws Exception {
        try (Store store = storeOptions.open(databaseOnly(), rebuildsIndex())) {
            return run(store);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
