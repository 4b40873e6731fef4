"""checker: a cross-source fact-consistency checker for news."""

__version__ = "0.1.1"
