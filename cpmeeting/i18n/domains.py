"""The two gettext domains (the window's and the documents') and the languages each has."""

INTERFACE = "cpmeeting"
DOCUMENTS = "documents"
DOMAINS = (INTERFACE, DOCUMENTS)

# Languages with a document catalog (family copies), as gettext folder names.
DOCUMENT_LANGUAGES = ("cy", "pl", "ro", "ur", "ar", "bn", "pa", "lt", "pt", "so", "ti")
# Languages with an interface catalog.
INTERFACE_LANGUAGES = ("cy",)
# The pseudo-locale: made from the templates, shows which strings pass through the catalogs.
PSEUDO = "xx"
