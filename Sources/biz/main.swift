print("biz")
