"""Probe pages: issue 3's bug-report cases in other markup than the golden
fixtures, built in code (``pages.PAGES``) and checked by ``run.check``."""
