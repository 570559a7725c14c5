/** Configuration read once from the environment into a record that fails fast naming what is missing. */
package com.billsync.config;
