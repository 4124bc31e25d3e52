"""One module per route family or CRM surface; wired in app/main.py."""
