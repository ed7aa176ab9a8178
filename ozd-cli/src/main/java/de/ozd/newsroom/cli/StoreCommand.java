package de.ozd.newsroom.cli;

import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the store commands: validates the command's inputs, then opens the store (only {@code import} may create
 * one), and turns store refusals into one German line and exit 2.
 */
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

    /** Whether the command may create a new store ({@code import}); the others only read or maintain one. */
    boolean createsStore() {
        return false;
    }

    /** Whether the command rebuilds the search index (and so opens it whatever its state). */
    boolean rebuildsIndex() {
        return false;
    }

    /** Checks the command's own inputs before the store is opened (or created); throws {@link UserException}. */
    void validate() throws Exception {}

    @Override
    public Integer call() throws Exception {
        validate();
        try (Store store = storeOptions.open(databaseOnly(), createsStore(), rebuildsIndex())) {
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
