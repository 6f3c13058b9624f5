-- Extensions first: drizzle-kit does not write CREATE EXTENSION.
-- pg_trgm powers fuzzy name search (customers) and similarity suggestions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
