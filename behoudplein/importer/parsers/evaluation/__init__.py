"""Building blocks of the project-evaluation-report parser."""
