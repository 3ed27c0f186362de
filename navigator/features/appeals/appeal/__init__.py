"""/appeal: the steps and their dates, a timeline, a calendar file and the letters."""
