package dev.checkoutconsole.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One piece of database work over the store's connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
