package com.billsync.simulator.generate;

import com.billsync.simulator.SimKind;
import com.billsync.simulator.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Vendors, customers, items, bank accounts and the five dimensions. */
final class MasterData {
    private MasterData() {
    }

    static List<ObjectNode> vendors(Gen g, int count) {
        List<ObjectNode> vendors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int toArchive = count == 0 ? 0 : Math.max(1, count / 30);
        for (int i = 0; i < count; i++) {
            String name = uniqueCompany(g, names);
            ObjectNode v = Gen.object();
            v.put("id", g.id(SimKind.VENDOR));
            v.put("archived", i >= count - toArchive);
            v.put("name", name);
            String letters = name.replaceAll("[^A-Za-z]", "");
            v.put("shortName", letters.substring(0, Math.min(8, letters.length())).toUpperCase());
            v.put("accountNumber", "ACCT-" + g.between(10_000, 99_999));
            v.put("accountType", g.chance(0.9) ? "BUSINESS" : "PERSON");
            v.put("email", "billing@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example");
            v.put("phone", "555-" + g.between(100, 999) + "-" + g.between(1000, 9999));
            v.set("address", address(g));
            ObjectNode pay = v.putObject("paymentInformation");
            pay.put("payeeName", name);
            pay.put("payByType", g.chance(0.6) ? "ACH" : "CHECK");
            pay.put("payBySubType", "NONE");
            ObjectNode info = v.putObject("additionalInfo");
            info.put("taxId", g.between(10, 99) + "-" + g.between(1_000_000, 9_999_999));
            info.put("taxIdType", "EIN");
            info.put("track1099", g.chance(0.2));
            info.put("leadTimeInDays", g.between(0, 5));
            info.put("combinePayments", g.chance(0.5));
            info.put("companyName", name);
            v.put("billCurrency", "USD");
            ObjectNode balance = v.putObject("balance");
            balance.set("amount", Json.money(0));
            balance.put("lastUpdatedDate", g.today.toString());
            v.put("networkStatus", g.chance(0.3) ? "CONNECTED" : "NOT_CONNECTED");
            g.stampMasterData(v);
            vendors.add(v);
        }
        return vendors;
    }

    static List<ObjectNode> customers(Gen g, int count) {
        List<ObjectNode> customers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String first = g.pick(Words.FIRST);
            String last = g.pick(Words.LAST);
            boolean business = g.chance(0.7);
            String name = business ? uniqueCompany(g, names) : unique(first + " " + last, names);
            ObjectNode c = Gen.object();
            c.put("id", g.id(SimKind.CUSTOMER));
            c.put("archived", g.chance(0.03));
            c.put("name", name);
            c.put("email", first.toLowerCase() + "." + last.toLowerCase() + "@customer.example");
            if (business) {
                c.put("companyName", name);
            }
            ObjectNode contact = c.putObject("contact");
            contact.put("firstName", first);
            contact.put("lastName", last);
            c.put("invoiceCurrency", "USD");
            c.put("accountType", business ? "BUSINESS" : "PERSON");
            ObjectNode address = address(g);
            c.set("billingAddress", address);
            c.set("shippingAddress", address.deepCopy());
            c.putObject("balance").set("amount", Json.money(g.chance(0.5) ? g.cents(0, 5_000_00) : 0));
            g.stampMasterData(c);
            customers.add(c);
        }
        return customers;
    }

    static List<ObjectNode> items(Gen g, int count, CoaGenerator.Coa coa) {
        List<ObjectNode> items = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            double roll = g.random.nextDouble();
            String type = roll < 0.8 ? "INVENTORY" : roll < 0.95 ? "FIXED_ASSET" : "SALES_TAX_GROUP";
            String product = g.pick(Words.PRODUCTS);
            String name = type.equals("SALES_TAX_GROUP") ? unique("Sales Tax " + g.pick(Words.STATES), names)
                    : unique(product + " " + (char) ('A' + g.between(0, 25)) + "-" + g.between(100, 999), names);
            ObjectNode item = Gen.object();
            item.put("id", g.id(SimKind.ITEM));
            item.put("type", type);
            item.put("name", name);
            item.put("shortName", name.replace(" ", "").substring(0, Math.min(10, name.replace(" ", "").length())));
            item.put("description", name);
            item.put("archived", g.chance(0.03));
            if (type.equals("SALES_TAX_GROUP")) {
                item.set("percentage", Json.money(g.cents(400, 1_000)));
            } else {
                long cost = g.cents(5_00, 2_000_00);
                item.set("price", Json.money(cost + cost * g.between(10, 80) / 100));
                item.set("purchaseCost", Json.money(cost));
                putIfAny(item, "chartOfAccountId", coa.income(), g);
                putIfAny(item, "expenseChartOfAccountId",
                        type.equals("FIXED_ASSET") ? coa.fixedAssets() : coa.cogs(), g);
                item.put("purchaseDescription", "Purchase of " + name);
                item.put("taxable", g.chance(0.6));
            }
            g.stampMasterData(item);
            items.add(item);
        }
        return items;
    }

    /**
     * Funding bank accounts; all but the last link to a BANK-type account while there are enough of those (the
     * last never does: its payments' GL account is only visible through v2).
     */
    static List<ObjectNode> banks(Gen g, int count, CoaGenerator.Coa coa, String orgName) {
        List<ObjectNode> banks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode b = Gen.object();
            b.put("id", g.id(SimKind.BANK_ACCOUNT));
            b.put("archived", false);
            b.put("status", count >= 4 && i == count - 2 ? "NOT_VERIFIED" : "SUCCESS");
            b.put("nameOnAccount", orgName);
            b.put("type", i == 1 ? "SAVINGS" : "CHECKING");
            b.put("ownerType", "BUSINESS");
            b.put("bankName", Words.BANKS.get(i % Words.BANKS.size()));
            b.put("accountNumber", "******" + g.between(1000, 9999));
            b.put("routingNumber", "0" + g.between(10_000_000, 99_999_999));
            ObjectNode defaults = b.putObject("default");
            defaults.put("payables", i == 0);
            defaults.put("receivables", i == 0);
            if (i < count - 1 && i < coa.banks().size()) {
                b.put("chartOfAccountId", coa.banks().get(i).path("id").asText());
            }
            b.put("accessToAdmins", true);
            g.stampMasterData(b);
            banks.add(b);
        }
        return banks;
    }

    /** Departments, jobs, locations or classes: a quarter top-level, half of the rest nested under one of those. */
    static List<ObjectNode> dimension(Gen g, SimKind kind, int count, Function<Integer, String> names) {
        List<ObjectNode> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int roots = Math.max(1, (count + 3) / 4);
        for (int i = 0; i < count; i++) {
            String name = unique(names.apply(i), used);
            ObjectNode d = Gen.object();
            d.put("id", g.id(kind));
            d.put("name", name);
            d.put("shortName", name.length() > 12 ? name.substring(0, 12) : name);
            if (g.chance(0.4)) {
                d.put("description", name + " " + kind.name().toLowerCase().replace('_', ' '));
            }
            if (i >= roots && (i - roots) % 2 == 0) {
                d.put("parentId", out.get(g.random.nextInt(roots)).path("id").asText());
            }
            d.put("archived", count >= 5 && i == count - 1);
            g.stampMasterData(d);
            out.add(d);
        }
        return out;
    }

    static List<ObjectNode> employees(Gen g, int count) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first = g.pick(Words.FIRST);
            String last = g.pick(Words.LAST);
            ObjectNode e = Gen.object();
            e.put("id", g.id(SimKind.EMPLOYEE));
            e.put("firstName", first);
            e.put("lastName", last);
            e.put("shortName", (first.charAt(0) + last).toUpperCase() + (i + 1));
            e.put("archived", count >= 5 && i == count - 1);
            g.stampMasterData(e);
            out.add(e);
        }
        return out;
    }

    private static void putIfAny(ObjectNode node, String field, List<ObjectNode> accounts, Gen g) {
        if (!accounts.isEmpty()) {
            node.put(field, g.pick(accounts).path("id").asText());
        }
    }

    private static ObjectNode address(Gen g) {
        ObjectNode a = Gen.object();
        a.put("line1", g.between(1, 9999) + " " + g.pick(Words.STREETS));
        a.put("city", g.pick(Words.CITIES));
        a.put("stateOrProvince", g.pick(Words.STATES));
        a.put("zipOrPostalCode", String.valueOf(g.between(10_000, 99_999)));
        a.put("country", "US");
        return a;
    }

    static String uniqueCompany(Gen g, Set<String> used) {
        String base = g.pick(Words.COMPANY_A) + " " + g.pick(Words.COMPANY_B) + " " + g.pick(Words.COMPANY_SUFFIX);
        return unique(base, used);
    }

    private static String unique(String base, Set<String> used) {
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
