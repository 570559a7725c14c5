package com.billsync.simulator.generate;

import java.util.List;

/** Name parts for generated records (invented; any resemblance to real businesses is accidental). */
final class Words {
    static final List<String> COMPANY_A = List.of("Acme", "Blue", "Cedar", "Delta", "Evergreen", "Frontier",
            "Granite", "Harbor", "Iron", "Juniper", "Keystone", "Lakeside", "Maple", "North", "Oak", "Pioneer",
            "Quarry", "Redwood", "Summit", "Tidewater", "Union", "Valley", "Westfield", "Yellowstone", "Zenith",
            "Atlas", "Beacon", "Coastal", "Pinnacle", "Riverbend");
    static final List<String> COMPANY_B = List.of("Office Supply", "Logistics", "Consulting", "Paper Co",
            "Electric", "Plumbing", "Software", "Cleaning Services", "Printing", "Freight", "Catering", "Security",
            "Telecom", "Staffing", "Marketing", "Hardware", "Packaging", "Landscaping", "Legal Group", "Insurance",
            "Fuel", "Equipment Rental", "Design Studio", "Data Systems", "Courier");
    static final List<String> COMPANY_SUFFIX = List.of("Inc.", "LLC", "Co.", "Ltd.", "Group", "Partners", "Corp.");
    static final List<String> FIRST = List.of("Alex", "Bailey", "Casey", "Dana", "Emery", "Finley", "Gray",
            "Harper", "Indigo", "Jordan", "Kai", "Logan", "Morgan", "Noor", "Oakley", "Parker", "Quinn", "Reese",
            "Sage", "Taylor", "Uma", "Val", "Wren", "Yael", "Zion");
    static final List<String> LAST = List.of("Abbott", "Barnes", "Chen", "Diaz", "Ellis", "Foster", "Garcia",
            "Hughes", "Ito", "Jensen", "Khan", "Lopez", "Moreno", "Nakamura", "Okafor", "Patel", "Quint", "Rossi",
            "Singh", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Young");
    static final List<String> CITIES = List.of("Springfield", "Riverton", "Fairview", "Georgetown", "Salem",
            "Madison", "Franklin", "Clinton", "Greenville", "Bristol", "Oakland", "Ashland", "Burlington",
            "Dover", "Milton");
    static final List<String> STATES = List.of("CA", "NY", "TX", "WA", "IL", "MA", "CO", "OR", "GA", "FL");
    static final List<String> STREETS = List.of("Main St", "Oak Ave", "Pine Rd", "Market St", "Elm St",
            "Harbor Blvd", "Industrial Way", "Park Ln", "2nd Ave", "Commerce Dr");
    static final List<String> DEPARTMENTS = List.of("Sales", "Marketing", "Engineering", "Operations", "Finance",
            "Human Resources", "Customer Support", "Research", "Legal", "Facilities", "IT", "Procurement");
    static final List<String> CLASSES = List.of("Retail", "Wholesale", "Online", "Government", "Nonprofit",
            "Enterprise", "Small Business", "International");
    static final List<String> PRODUCTS = List.of("Widget", "Gadget", "Bracket", "Cable", "Panel", "Valve",
            "Sensor", "Filter", "Gasket", "Bearing", "Module", "Adapter", "Fastener", "Hinge", "Spring");
    static final List<String> EXPENSE_NAMES = List.of("Postage", "Shipping", "Training", "Dues & Subscriptions",
            "Janitorial", "Security Services", "Telephone", "Internet", "Maintenance", "Equipment Rental",
            "Licenses & Permits", "Recruiting", "Conferences", "Printing", "Courier", "Storage", "Parking",
            "Fuel", "Small Tools", "Uniforms", "Cloud Hosting", "Contract Labor", "Waste Removal", "Pest Control");
    static final List<String> BANKS = List.of("First Simulated Bank", "Harbor Savings", "Union Trust",
            "Valley Credit Union", "Summit National Bank");

    private Words() {
    }
}
