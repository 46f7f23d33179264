"""crm_desktop: a desktop CRM for small shops that treats after-sales service as seriously as the sale."""

__version__ = "0.1.0"
