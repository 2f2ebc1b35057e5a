"""tankapp: run the expert-group meetings of a Danish healthcare think tank."""

__version__ = "0.1.0"
APP_NAME = "tankapp"
