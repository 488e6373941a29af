# Trends: the periods to choose from.
shell-trends-weeks-4 = 4 weeks
shell-trends-weeks-8 = 8 weeks
shell-trends-weeks-12 = 12 weeks
