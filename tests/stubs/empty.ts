// Stands in for "server-only" outside Next's server bundle (tests and scripts).
export {};
