"""The Desk's methods by area, as mixins: each method is one user action and one unit of work."""
