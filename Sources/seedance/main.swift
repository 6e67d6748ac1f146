print("seedance")
