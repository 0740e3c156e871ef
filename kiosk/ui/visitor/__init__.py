"""What a visitor reads: the show in their language and its pages, the browsable lists, the programme, the visit plan."""
