# Utveckling: perioderna att välja mellan.
shell-trends-weeks-4 = 4 veckor
shell-trends-weeks-8 = 8 veckor
shell-trends-weeks-12 = 12 veckor
