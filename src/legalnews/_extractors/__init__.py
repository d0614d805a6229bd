"""The built-in rule-based extractors and the shared analysis they read."""
