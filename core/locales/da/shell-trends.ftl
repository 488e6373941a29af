# Udvikling: perioderne at vælge imellem.
shell-trends-weeks-4 = 4 uger
shell-trends-weeks-8 = 8 uger
shell-trends-weeks-12 = 12 uger
