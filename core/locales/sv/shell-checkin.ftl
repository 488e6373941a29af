# Den dagliga incheckningen på en skärm.
shell-checkin-already-done = Du har redan checkat in för den här dagen. Dina svar står nedan; sparar du igen ersätts de.
shell-checkin-no-signs = Du har inga tecken att följa än. När du har valt några frågar incheckningen om dem här.
