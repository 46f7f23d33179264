"""Messages to customers as they leave the shop: templates, the e-mail and SMS they make, and the
transports (the shop's SMTP server, its SMS provider). Plain values only: the outbox, consent and
settings are the services' (:mod:`crm_desktop.services.messages`)."""
