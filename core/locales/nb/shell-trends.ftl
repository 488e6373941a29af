# Utvikling: periodene å velge mellom.
shell-trends-weeks-4 = 4 uker
shell-trends-weeks-8 = 8 uker
shell-trends-weeks-12 = 12 uker
