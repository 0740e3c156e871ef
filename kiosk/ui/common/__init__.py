"""What every view model uses: a list model over plain dicts, the QR and media image providers, line breaks between
Khmer and Lao words."""
